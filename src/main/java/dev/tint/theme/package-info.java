/** Themes: semantic keys (traceback.exception, frame.user.file, ...) mapped to terminal styles. */
package dev.tint.theme;
