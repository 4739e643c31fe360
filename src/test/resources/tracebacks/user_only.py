def average(values):
    return sum(values) / len(values)


def report(groups):
    return {name: average(values) for name, values in groups.items()}


report({"a": [1, 2, 3], "b": []})
