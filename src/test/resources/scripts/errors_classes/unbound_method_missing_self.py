# Calling an instance method through the class without self
class Tool:
    def use(self, target):
        return f"using on {target}"


print(Tool().use("wood"))
Tool.use("metal")
