"""What every part of the window shares: widgets, wording, theme, the services' change
notices, background jobs and undo. It knows no section (an import-linter contract)."""
