"""The Textual app: renders state and posts messages; network runs in workers."""
