"""The app's widgets: each renders state it is given and posts Messages; none does I/O."""
