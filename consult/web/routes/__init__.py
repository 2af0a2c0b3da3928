"""HTTP routes of the reviewer queue, one module per area."""
