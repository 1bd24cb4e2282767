"""The Log section: a quick pain-and-mobility entry, the history, what was taken and done."""
