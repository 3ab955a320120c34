package org.w3id.pfkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * Connections made to a listening socket that nobody accepted, for tests that assert a server did
 * not call a host. A client's connect returns once the kernel has queued the connection, so when
 * the request that might have connected has been answered, the attempt is already in the queue: no
 * thread needs to listen, and no test needs to sleep on the chance that one comes late.
 */
final class Connections {
  private Connections() {}

  /** Accepts and counts the connections queued on {@code socket}. */
  static int queued(ServerSocket socket) {
    int count = 0;
    try {
      // Queued connections are accepted at once; the timeout only ends the count.
      socket.setSoTimeout(100);
      while (true) {
        try (Socket ignored = socket.accept()) {
          count++;
        } catch (SocketTimeoutException none) {
          return count;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
