package org.w3id.resgraph.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What answers a GET of one route of the site ({@link LinkedData} holds the table of routes).
 * {@code rest} is what follows the route's prefix in the decoded path ({@code un/A/RES/59/249} of
 * {@code /id/un/A/RES/59/249} for {@code /id/*}), empty for a route of one path.
 */
@FunctionalInterface
interface Handler {
    void get(String rest, HttpServletRequest req, HttpServletResponse resp) throws IOException;
}
