# Package marker for the modules/ tests: definitions only.
PACKAGE_NAME = "shapes"
VERSION = (1, 2)
