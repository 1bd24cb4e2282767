"""The Today section: the day as a timeline, and what the patient can do about each item."""
