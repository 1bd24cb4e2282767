"""The bundled exercise library's ids: part of the file format's contract.

The pictures, steps and doses live in ``resources/exercises``; the ids are fixed by
shared/spec/plan-format.md, so the domain can refuse an unknown one without reading
any file.
"""

EXERCISE_IDS: tuple[str, ...] = (
    "knee-to-chest",
    "pelvic-tilt",
    "cat-cow",
    "bird-dog",
    "bridge",
    "bottom-to-heels",
    "knee-rolls",
    "prone-press-up",
    "back-extension",
    "piriformis-stretch",
    "hamstring-stretch",
    "walking",
)
