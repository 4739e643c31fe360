# super() lookup of a method the base class does not have
class Base:
    def run(self):
        return "base run"


class Child(Base):
    def run(self):
        return "child " + super().run()

    def stop(self):
        return super().stop()


c = Child()
print(c.run())
c.stop()
