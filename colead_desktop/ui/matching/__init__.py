"""The matching page's editors: wishes, capacities and rules (issue 19 item 5)."""
