"""Modal screens: help and the session switcher."""
