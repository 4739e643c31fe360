print("never printed")
text = """starts here
and never
ends
