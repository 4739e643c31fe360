import parsing


def load_config(text):
    return parsing.parse(text)
