class ConfigError(Exception):
    pass


def read(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError("missing setting " + repr(key)) from e


def main():
    try:
        read({}, "port")
    except ConfigError as e:
        e.add_note("hint: set PORT in the environment")
        undefined_handler(e)


main()
