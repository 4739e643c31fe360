NAME = "found through __path__"
