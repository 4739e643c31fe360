import helpers

helpers.load_config('{"debug": true}')
helpers.load_config('{bad')
