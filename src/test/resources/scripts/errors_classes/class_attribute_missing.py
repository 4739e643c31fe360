# AttributeError on the class object itself
class Config:
    debug = True


print(Config.debug)
print(Config.verbose)
