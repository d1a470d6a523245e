"""Pure: reading a chat message into the operations it asks for."""
