"""Plain values and their rules: no Qt, no SQLAlchemy, no wall clock."""
