"""Draws backplan's exercise illustrations: ``python draw_exercises.py [folder]``.

Each picture is 400 x 200: the start position on the left half, the end position on the
right half and an accent arrow between them. Figures face left (walking: right), built
from fixed limb lengths so every picture shares one scale, and drawn as a body with an
outline: each limb is a rounded band with a dark edge, the bands merging at the joints
into one silhouette, on a mat. A limb on the far side of the body is drawn lighter,
behind the body. The SVG files next to this script are its
output; edit a pose here and run it again rather than editing the SVG by hand.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

INK = "#1f3a5f"  # the body's outline
FILL = "#c9d8ea"  # the body inside its outline (prints as a light grey)
FAR_EDGE = "#8796aa"  # a limb on the far side: lighter outline and fill
FAR_FILL = "#eef2f7"
MAT = "#d9d9d9"
LIMB = 9  # width of a limb inside its outline
EDGE = 2.5  # width of the outline
ACCENT = "#e07a2f"
FLOOR = 178  # floor line y
G = 172  # y of a limb or torso lying on the floor
HEAD_R = 10
NECK = 8
TORSO = 54
THIGH = 37
SHIN = 35
FOOT = 10
UARM = 29
FARM = 27


def pt(p, length, deg):
    r = math.radians(deg)
    return (p[0] + length * math.cos(r), p[1] - length * math.sin(r))


def ang(a, b):
    return math.degrees(math.atan2(-(b[1] - a[1]), b[0] - a[0]))


def dist(a, b):
    return math.hypot(b[0] - a[0], b[1] - a[1])


def ik(root, target, l1, l2, bend):
    """Middle joint of a two-bone limb from root to target; bend=+1 turns counter-clockwise."""
    d = min(dist(root, target), l1 + l2 - 0.01)
    d = max(d, abs(l1 - l2) + 0.01)
    a = ang(root, target)
    c = (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)
    alpha = math.degrees(math.acos(max(-1.0, min(1.0, c))))
    mid = pt(root, l1, a + bend * alpha)
    end = pt(mid, l2, ang(mid, target))
    return mid, end


def f(v):
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s


def poly(points):
    return "M" + " L".join(f"{f(x)} {f(y)}" for x, y in points)


class Panel:
    def __init__(self, dx):
        self.dx = dx
        self.paths = []  # (d, faded)
        self.heads = []
        self.accent = []

    def sh(self, p):
        return (p[0] + self.dx, p[1])

    def line(self, *points, faded=False):
        self.paths.append((poly([self.sh(p) for p in points]), faded))

    def curve(self, a, ctrl, b, faded=False):
        a, ctrl, b = self.sh(a), self.sh(ctrl), self.sh(b)
        d = f"M{f(a[0])} {f(a[1])} Q{f(ctrl[0])} {f(ctrl[1])} {f(b[0])} {f(b[1])}"
        self.paths.append((d, faded))

    def head(self, c):
        self.heads.append(self.sh(c))

    def accent_line(self, *points):
        self.accent.append(poly([self.sh(p) for p in points]))

    # body helpers ---------------------------------------------------------
    def torso(self, hip, shoulder, bulge=0.0, faded=False):
        """Torso from hip to shoulder; bulge>0 bows it to the left of hip->shoulder."""
        if bulge:
            mx, my = (hip[0] + shoulder[0]) / 2, (hip[1] + shoulder[1]) / 2
            a = ang(hip, shoulder) + 90
            ctrl = pt((mx, my), 2 * bulge, a)
            self.curve(hip, ctrl, shoulder, faded)
        else:
            self.line(hip, shoulder, faded=faded)

    def neck_head(self, shoulder, c):
        self.line(shoulder, c)
        self.head(c)

    def leg(self, hip, ankle, bend, foot_deg=None, faded=False):
        knee, ank = ik(hip, ankle, THIGH, SHIN, bend)
        pts = [hip, knee, ank]
        if foot_deg is not None:
            pts.append(pt(ank, FOOT, foot_deg))
        self.line(*pts, faded=faded)
        return knee, ank

    def arm(self, shoulder, hand, bend, faded=False):
        elbow, h = ik(shoulder, hand, UARM, FARM, bend)
        self.line(shoulder, elbow, h, faded=faded)
        return elbow, h


def _body(paths, heads, outline, fill):
    """One body as a silhouette: every limb stroked wide in the outline colour, then
    every limb again a little narrower in the fill colour, so joints merge into one
    shape with a single clear edge (what reads from across a room)."""
    out = [
        f'<g fill="none" stroke="{outline}" stroke-width="{LIMB + 2 * EDGE}" stroke-linecap="round"'
        ' stroke-linejoin="round">',
        *(f'<path d="{d}"/>' for d in paths),
        "</g>",
        f'<g fill="{fill}" stroke="{outline}" stroke-width="{EDGE}">',
        *(f'<circle cx="{f(x)}" cy="{f(y)}" r="{HEAD_R + 2}"/>' for x, y in heads),
        "</g>",
        f'<g fill="none" stroke="{fill}" stroke-width="{LIMB}" stroke-linecap="round"'
        ' stroke-linejoin="round">',
        *(f'<path d="{d}"/>' for d in paths),
        "</g>",
    ]
    return out


def document(left, right, arrow_y=96):
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="400" height="200"'
        ' viewBox="0 0 400 200">',
        '<rect width="400" height="200" fill="#ffffff"/>',
        # a mat under each pose, and a rule between the two poses
        f'<g fill="{MAT}" stroke="none"><rect x="8" y="{FLOOR}" width="184" height="8" rx="3"/>'
        f'<rect x="208" y="{FLOOR}" width="184" height="8" rx="3"/></g>',
        f'<path d="M200 14 V190" stroke="{FAR_EDGE}" stroke-width="1" stroke-dasharray="4 4"/>',
    ]
    for panel in (left, right):
        far = [d for d, faded in panel.paths if faded]
        near = [d for d, faded in panel.paths if not faded]
        if far:
            parts += _body(far, [], FAR_EDGE, FAR_FILL)
        parts += _body(near, panel.heads, INK, FILL)
    parts.append(
        f'<g fill="none" stroke="{ACCENT}" stroke-width="5" stroke-linecap="round"'
        ' stroke-linejoin="round">'
    )
    y = arrow_y
    parts.append(f'<path d="M189 {y} H209 M203 {y - 6} L210 {y} L203 {y + 6}"/>')
    for panel in (left, right):
        for d in panel.accent:
            parts.append(f'<path d="{d}"/>')
    parts.append("</g>")
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def arrow_head(tip, deg, size=7):
    """Two short strokes forming an arrow head at tip pointing in direction deg."""
    a = pt(tip, size, deg + 180 - 35)
    b = pt(tip, size, deg + 180 + 35)
    return [a, tip, b]


# ---------------------------------------------------------------------------
# Common poses


def supine_base(p, hip_x=112, arms="belly"):
    """Lying on the back, head to the left. Returns hip, shoulder."""
    hip = (hip_x, G)
    sh = (hip_x - TORSO, G)
    p.torso(hip, sh)
    p.neck_head(sh, (sh[0] - NECK - HEAD_R + 2, FLOOR - 1.5 - HEAD_R - 1))
    if arms == "belly":
        # arm resting along the side, hand by the hip
        p.line(sh, (sh[0] + UARM + FARM - 4, G - 7))
    return hip, sh


def hook_legs(p, hip, faded=False, ankle_dx=40):
    return p.leg(hip, (hip[0] + ankle_dx, G), 1, foot_deg=0, faded=faded)


def quadruped(p, hip_x, back_bulge=0.0, head_dy=0.0, arm_deg=270.0, faded_leg=False):
    """On hands and knees, head to the left; arm_deg tilts the (straight) arms."""
    knee_floor = (hip_x, G)
    hip = (hip_x, G - THIGH)
    arm_len = UARM + FARM
    sh_y = G + arm_len * math.sin(math.radians(arm_deg))
    dx = math.sqrt(TORSO**2 - (hip[1] - sh_y) ** 2)
    sh = (hip[0] - dx, sh_y)
    p.torso(hip, sh, bulge=back_bulge)
    ankle = (hip_x + SHIN, G)
    p.line(hip, knee_floor, ankle, pt(ankle, FOOT, 0), faded=faded_leg)
    p.line(sh, pt(sh, arm_len, arm_deg))
    a = ang(hip, sh)
    c = pt(sh, NECK + HEAD_R, a + head_dy)
    p.neck_head(sh, c)
    return hip, sh


def prone_base(p, hip_x=108):
    hip = (hip_x, G)
    ankle = (hip[0] + THIGH + SHIN, G)
    p.line(hip, (hip[0] + THIGH, G), ankle, (ankle[0] + FOOT, G + 2))
    return hip


# ---------------------------------------------------------------------------
def curved_arrow(p, center, r, a0, a1):
    """Accent arc from angle a0 to a1 (degrees) around center, with a head at a1."""
    start = pt(center, r, a0)
    end = pt(center, r, a1)
    large = 1 if abs(a1 - a0) > 180 else 0
    sweep = 0 if a1 > a0 else 1
    s, e = p.sh(start), p.sh(end)
    d = f"M{f(s[0])} {f(s[1])} A{r} {r} 0 {large} {sweep} {f(e[0])} {f(e[1])}"
    p.accent.append(d)
    tangent = a1 + (90 if a1 > a0 else -90)
    p.accent_line(*arrow_head(end, tangent))


def straight_arrow(p, a, b):
    p.accent_line(a, b)
    p.accent_line(*arrow_head(b, ang(a, b)))


def knee_to_chest():
    a, b = Panel(0), Panel(200)
    hip, _ = supine_base(a)
    hook_legs(a, hip)
    hip, sh = supine_base(b, arms=None)
    hook_legs(b, hip, faded=True)
    knee = pt(hip, THIGH, 125)
    ankle = pt(knee, SHIN, -20)
    b.line(hip, knee, ankle, pt(ankle, FOOT, 45))
    b.arm(sh, pt(knee, 9, -20), 1)
    curved_arrow(b, hip, 58, 60, 100)
    return document(a, b, 120)


def pelvic_tilt():
    a, b = Panel(0), Panel(200)
    hip = (112, G)
    sh = (58, G)
    for p, arched in ((a, True), (b, False)):
        if arched:
            # the lower back curves up off the floor, leaving a small gap
            p.line(sh, (80, G))
            p.curve((80, G), (97, G - 18), hip)
        else:
            p.torso(hip, sh)
        p.neck_head(sh, (sh[0] - NECK - HEAD_R + 2, FLOOR - 1.5 - HEAD_R - 1))
        hook_legs(p, hip)
    # the lower back presses down and closes the gap
    straight_arrow(b, (97, 128), (97, 154))
    return document(a, b, 120)


def cat_cow():
    a, b = Panel(0), Panel(200)
    quadruped(a, 140, back_bulge=-12, head_dy=50)
    quadruped(b, 140, back_bulge=9, head_dy=-25)
    return document(a, b, 60)


def bird_dog():
    a, b = Panel(0), Panel(200)
    quadruped(a, 120, head_dy=30)
    hip, sh = quadruped(b, 120, head_dy=50, faded_leg=True)
    # one arm reaches forward and the opposite leg back, both level with the body
    b.line(sh, pt(sh, UARM + FARM, 164), faded=True)
    foot_at = pt(hip, THIGH + SHIN, 6)
    b.line(hip, foot_at, pt(foot_at, FOOT, -80))
    return document(a, b, 60)


def bridge():
    a, b = Panel(0), Panel(200)
    hip, _ = supine_base(a)
    hook_legs(a, hip, ankle_dx=38)
    sh = (58, G)
    b.neck_head(sh, (sh[0] - NECK - HEAD_R + 2, FLOOR - 1.5 - HEAD_R - 1))
    b.line(sh, (sh[0] + UARM + FARM, G))  # arms resting on the floor
    ankle = (140, G)
    knee = (ankle[0] - 2, G - SHIN + 0.5)
    hip_b, _ = ik(sh, knee, TORSO, THIGH, 1)
    b.line(sh, hip_b, knee, ankle, pt(ankle, FOOT, 0))
    straight_arrow(b, (hip_b[0], hip_b[1] - 14), (hip_b[0], hip_b[1] - 36))
    return document(a, b, 120)


def bottom_to_heels():
    a, b = Panel(0), Panel(200)
    hip_a, sh_a = quadruped(a, 140, arm_deg=245, head_dy=15)
    knee = (140, G)
    heel = (knee[0] + SHIN, G)
    b.line(heel, pt(heel, FOOT, 0))
    hip = pt(knee, THIGH, 42)
    b.line(hip, knee, heel)
    hand = pt(sh_a, UARM + FARM, 245)
    sh, _ = ik(hip, hand, TORSO, UARM + FARM - 0.5, -1)
    b.torso(hip, sh, bulge=-5)
    b.line(sh, hand)
    c = pt(sh, NECK + HEAD_R - 1, ang(hip, sh) + 28)
    b.neck_head(sh, c)
    straight_arrow(b, (hip_a[0] - 4, hip_a[1] - 26), (hip[0] + 6, hip_a[1] - 26))
    return document(a, b, 60)


def knee_rolls():
    a, b = Panel(0), Panel(200)
    hip, _ = supine_base(a)
    hook_legs(a, hip)
    hip, _ = supine_base(b)
    # where the knees started (faded) and where they roll to
    hook_legs(b, hip, faded=True)
    knee = (hip[0] + 22, G - 13)
    ankle = (hip[0] + 44, G - 3)
    b.line(hip, knee, ankle, pt(ankle, FOOT, 15))
    curved_arrow(b, (hip[0] + 20, G - 4), 40, 80, 30)
    return document(a, b, 110)


def prone_start(p):
    """Lying on the stomach, hands on the floor beside the shoulders, elbows up."""
    hip = prone_base(p)
    sh = (hip[0] - TORSO, G)
    p.torso(hip, sh)
    p.neck_head(sh, (sh[0] - NECK - HEAD_R + 1, G - 5))
    p.arm(sh, (sh[0] + 10, G), 1)


def prone_press_up():
    a, b = Panel(0), Panel(200)
    prone_start(a)
    hip = prone_base(b)
    sh = pt(hip, TORSO, 124)
    b.torso(hip, sh, bulge=-5)
    reach = UARM + FARM - 0.5
    b.line(sh, (sh[0] - math.sqrt(reach**2 - (G - sh[1]) ** 2), G))  # straight arms
    b.neck_head(sh, pt(sh, NECK + HEAD_R, 138))
    return document(a, b, 110)


def back_extension():
    a, b = Panel(0), Panel(200)
    prone_start(a)
    hip = prone_base(b)
    sh_y = G - UARM
    sh = (hip[0] - math.sqrt(TORSO**2 - UARM**2), sh_y)
    b.torso(hip, sh, bulge=-3)
    elbow = (sh[0], G)
    b.line(sh, elbow, (elbow[0] - FARM, G))
    b.neck_head(sh, pt(sh, NECK + HEAD_R, 165))
    return document(a, b, 110)


def figure_four(p, hip, support_knee, ankle_on):
    """The crossed leg: its knee points out to the side, its ankle rests on the other knee."""
    side_knee = pt(hip, THIGH * 0.85, ang(hip, support_knee) - 42)
    p.line(hip, side_knee, ankle_on)


def piriformis_stretch():
    a, b = Panel(0), Panel(200)
    hip, _ = supine_base(a)
    knee, _ = hook_legs(a, hip, faded=True)
    figure_four(a, hip, knee, knee)
    hip, sh = supine_base(b, arms=None)
    knee = pt(hip, THIGH, 110)
    ankle = pt(knee, SHIN, -35)
    b.line(hip, knee, ankle, pt(ankle, FOOT, 40), faded=True)
    figure_four(b, hip, knee, pt(knee, 5, -35))
    b.arm(sh, pt(hip, THIGH * 0.75, 110), 1)
    curved_arrow(b, hip, 56, 50, 92)
    return document(a, b, 120)


def hamstring_stretch():
    a, b = Panel(0), Panel(200)
    hip, _ = supine_base(a)
    hook_legs(a, hip)
    hip, sh = supine_base(b, arms=None)
    hook_legs(b, hip, faded=True)
    ankle = pt(hip, THIGH + SHIN, 88)
    b.line(hip, ankle, pt(ankle, FOOT, -5))
    b.arm(sh, pt(hip, THIGH * 0.6, 88), 1)
    curved_arrow(b, hip, 58, 40, 78)
    return document(a, b, 120)


def walker(p, x, near, far, near_arm, far_arm, lean=90):
    """A figure facing right.

    near/far legs are (ankle dx from the hip, ankle y, foot angle); arms are
    (upper-arm angle, elbow bend). The far leg and arm are drawn faded.
    """
    hip_y = FLOOR - 4.5 - THIGH - SHIN + 0.5
    hip = (x, hip_y + abs(near[0] - far[0]) * 0.06)
    sh = pt(hip, TORSO, lean)
    p.torso(hip, sh)
    p.neck_head(sh, pt(sh, NECK + HEAD_R, lean))
    for (dx, y, foot_deg), faded in ((far, True), (near, False)):
        p.leg(hip, (hip[0] + dx, y), 1, foot_deg=foot_deg, faded=faded)
    for (deg, bend), faded in ((far_arm, True), (near_arm, False)):
        elbow = pt(sh, UARM, deg)
        p.line(sh, elbow, pt(elbow, FARM, deg + bend), faded=faded)


def walking():
    a, b = Panel(0), Panel(200)
    sole = FLOOR - 4.5
    walker(a, 96, (2, sole, 0), (-2, sole, 0), (-88, 6), (-92, 6))
    # mid-stride: front heel down, back heel lifting, arms swinging opposite to the legs
    walker(b, 96, (26, sole - 2, 15), (-24, sole - 6, -35), (-118, 20), (-62, 35), lean=86)
    straight_arrow(b, (136, 44), (170, 44))
    return document(a, b, 100)


ALL = {
    "knee-to-chest": knee_to_chest,
    "pelvic-tilt": pelvic_tilt,
    "cat-cow": cat_cow,
    "bird-dog": bird_dog,
    "bridge": bridge,
    "bottom-to-heels": bottom_to_heels,
    "knee-rolls": knee_rolls,
    "prone-press-up": prone_press_up,
    "back-extension": back_extension,
    "piriformis-stretch": piriformis_stretch,
    "hamstring-stretch": hamstring_stretch,
    "walking": walking,
}


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    for name, draw in ALL.items():
        (out / f"{name}.svg").write_text(draw(), encoding="utf-8")
    print(f"wrote {len(ALL)} illustrations to {out}")


if __name__ == "__main__":
    main(sys.argv)
