"""Files of the campaign: 12345 hotline exports (any layout) and the compound register."""
