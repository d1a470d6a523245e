"""Pure: edits of a draft, the timeline's layout, and undo/redo over saved versions."""
