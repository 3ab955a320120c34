package org.w3id.pfkg.serve.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A route over a folder of named things: {@code /FOLDER} moves permanently to {@code /FOLDER/}
 * (relative links in the listing resolve against it), {@code /FOLDER/} is the listing and {@code
 * /FOLDER/NAME} one item.
 */
abstract class FolderRoute extends HttpServlet {
  private final String folder;

  /**
   * @param folder the route's path with its slashes, {@code /dumps/}
   */
  FolderRoute(String folder) {
    this.folder = folder;
  }

  @Override
  protected final void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String info = request.getPathInfo();
    if (info == null) {
      Replies.toFolder(response, folder);
      return;
    }
    String name = info.substring(1);
    if (name.isEmpty()) {
      listing(response);
    } else {
      item(name, request, response);
    }
  }

  abstract void listing(HttpServletResponse response) throws IOException;

  abstract void item(String name, HttpServletRequest request, HttpServletResponse response)
      throws IOException;
}
