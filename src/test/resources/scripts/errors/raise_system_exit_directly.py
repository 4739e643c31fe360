# raise SystemExit with a status code
print("raising SystemExit(4)")
raise SystemExit(4)
