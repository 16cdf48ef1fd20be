package io.losslens.jobs;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A file the user named (a SQL script, a config file), read with a reason a user understands. */
public final class TextFiles {
  private TextFiles() {}

  /**
   * The UTF-8 text of {@code file}; otherwise an {@link IllegalArgumentException}
   * {@code "<what>: cannot read '<file>': <reason>"} (no such file, permission denied, not UTF-8
   * text, a directory).
   */
  public static String read(Path file, String what) {
    String problem;
    try {
      return Files.readString(file);
    } catch (NoSuchFileException e) {
      problem = "no such file";
    } catch (AccessDeniedException e) {
      problem = "permission denied";
    } catch (CharacterCodingException e) {
      problem = "it is not UTF-8 text";
    } catch (IOException e) {
      problem = Files.isDirectory(file) ? "it is a directory" : e.toString();
    }
    throw new IllegalArgumentException(what + ": cannot read '" + file + "': " + problem);
  }
}
