"""The main window that puts the sections together: navigation, menus, the patient
switcher, reminders and notifications, preferences, one window per data folder."""
