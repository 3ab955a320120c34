package org.w3id.pfkg.serve.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** HTTP calls that do not follow redirects, so tests see each 303 as sent. */
final class Web {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private Web() {}

  static HttpResponse<String> get(URI base, String path, String accept) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path.substring(1)));
    if (accept != null) {
      request.header("Accept", accept);
    }
    try {
      return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }
}
