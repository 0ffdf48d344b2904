"""The explorer's blueprints, one per area."""
