"""The Progress section: is the plan working? The chart, adherence and what helped."""
