# Nested dictionaries, merging and deep-ish copies
config = {"db": {"host": "localhost", "port": 5432}, "debug": False, "tags": ["a"]}
override = {"db": {"port": 6543}, "debug": True}

def merge(base, extra):
    out = dict(base)
    for k, v in extra.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out

merged = merge(config, override)
print(merged)
print(config)
shallow = config.copy()
shallow["tags"].append("b")
shallow["db"]["host"] = "remote"
print(config)
deep = {k: (dict(v) if isinstance(v, dict) else list(v) if isinstance(v, list) else v) for k, v in config.items()}
deep["db"]["host"] = "deep"
print(config["db"]["host"], deep["db"]["host"])
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)

def depth(t):
    return 1 + max((depth(v) for v in t.values()), default=0)

print(depth(tree), depth({}))
