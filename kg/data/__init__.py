"""World-true lexicons used by kg (see README.md in this folder)."""
