# A small state machine: each state is a class; transitions return new states
class State:
    name = "?"

    def on(self, machine, event):
        raise ValueError(f"event {event!r} not allowed in state {self.name}")

    def enter(self, machine):
        machine.log.append(f"enter {self.name}")

    def __repr__(self):
        return f"<{self.name}>"


class Idle(State):
    name = "idle"

    def on(self, machine, event):
        if event == "coin":
            machine.credit += 1
            return Ready()
        return super().on(machine, event)


class Ready(State):
    name = "ready"

    def on(self, machine, event):
        if event == "coin":
            machine.credit += 1
            return self
        if event == "push":
            return Vending()
        if event == "refund":
            machine.refunded += machine.credit
            machine.credit = 0
            return Idle()
        return super().on(machine, event)


class Vending(State):
    name = "vending"

    def enter(self, machine):
        super().enter(machine)
        machine.credit -= 1
        machine.sold += 1

    def on(self, machine, event):
        if event == "done":
            return Ready() if machine.credit > 0 else Idle()
        return super().on(machine, event)


class Machine:
    def __init__(self):
        self.state = Idle()
        self.credit = 0
        self.sold = 0
        self.refunded = 0
        self.log = []

    def send(self, event):
        new = self.state.on(self, event)
        if new is not self.state:
            new.enter(self)
        self.state = new
        return self

    def __repr__(self):
        return f"Machine({self.state!r}, credit={self.credit}, sold={self.sold}, refunded={self.refunded})"


m = Machine()
events = ["coin", "coin", "push", "done", "push", "done", "push", "coin", "refund", "done", "coin", "push", "done"]
for ev in events:
    try:
        m.send(ev)
        print(f"{ev:>6} -> {m}")
    except ValueError as e:
        print(f"{ev:>6} !! {e}")
print(m.log)
print(isinstance(m.state, State), type(m.state).__name__)
