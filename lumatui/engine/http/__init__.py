"""The engine's HTTP surface: routes, request context, errors, uploads, fault injection."""
