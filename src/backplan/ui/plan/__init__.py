"""The Plan section: the plan the clinician set, its forms and undoable edits."""
