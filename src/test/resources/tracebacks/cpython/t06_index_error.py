def last(xs):
    return xs[len(xs)]

last([1, 2, 3])
