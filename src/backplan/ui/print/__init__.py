"""The Print section: the plan sheet and the clinician report, on paper or as PDF."""
