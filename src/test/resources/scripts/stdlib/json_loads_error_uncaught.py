# An uncaught json.decoder.JSONDecodeError names its module in the traceback
import json
print(json.loads('{"ok": true}'))
print(json.loads('{bad'))
