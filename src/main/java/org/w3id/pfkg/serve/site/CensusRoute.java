package org.w3id.pfkg.serve.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /census?date=YYYY-MM-DD}: who was in custody on that day, by country (CPJ's census view);
 * without a date, 1 December of the last full year, the day CPJ's prison census counts.
 */
final class CensusRoute extends HttpServlet {
  private final transient Site site;
  private final transient CensusQuery query;
  private final transient Clock clock;

  CensusRoute(Site site, CensusQuery query, Clock clock) {
    this.site = site;
    this.query = query;
    this.clock = clock;
  }

  /** 1 December of the last year that has ended. */
  static LocalDate defaultDay(Clock clock) {
    return LocalDate.of(LocalDate.now(clock).getYear() - 1, 12, 1);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String asked = request.getParameter("date");
    LocalDate day;
    Map<String, Object> model = new LinkedHashMap<>();
    if (asked == null || asked.isBlank()) {
      day = defaultDay(clock);
    } else {
      try {
        day = LocalDate.parse(asked.strip());
      } catch (DateTimeParseException e) {
        day = null;
      }
      if (day == null || day.getYear() < 1000 || day.getYear() > 9999) {
        model.put("error", asked);
        model.put("day", defaultDay(clock));
        Replies.html(
            response, HttpServletResponse.SC_BAD_REQUEST, site.renderer().render("census", model));
        return;
      }
    }
    Census census = query.on(day);
    model.put("day", day);
    model.put("census", census);
    model.put("previous", day.minusYears(1));
    model.put("next", day.plusYears(1));
    model.put("queryName", CensusQuery.QUERY);
    Replies.html(response, HttpServletResponse.SC_OK, site.renderer().render("census", model));
  }
}
