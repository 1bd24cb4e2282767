"""The guided routine player, in parts: the dialog, its exercise page, the ring, the pain scale.

The routine's logic is not here but in :mod:`backplan.schedule.routine` and
:mod:`backplan.schedule.routine_session`, without Qt; these modules show it.
"""
