"""Entity resolution: from surface forms (names, country strings, coordinates) to stable ids."""
