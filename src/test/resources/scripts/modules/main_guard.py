# A helper's `if __name__ == "__main__":` block does not run on import
import _mainguard

print(_mainguard.status)
print(_mainguard.where())
print(_mainguard.__name__)
print(__name__)
if __name__ == "__main__":
    print("main script guard runs")
