"""The officer's lists: lazily fetched table models over SQL and the views that show them."""
