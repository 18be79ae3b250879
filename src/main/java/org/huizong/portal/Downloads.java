package org.huizong.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;

/** Responses that download a file under a (Chinese) name of the portal's choosing. */
public final class Downloads {

    private Downloads() {}

    public static ResponseEntity<byte[]> bytes(byte[] content, String name) {
        return ResponseEntity.ok().headers(headers(name)).body(content);
    }

    public static ResponseEntity<Resource> file(Path file, String name) throws IOException {
        HttpHeaders headers = headers(name);
        headers.setContentLength(Files.size(file));
        return ResponseEntity.ok().headers(headers).body(new FileSystemResource(file));
    }

    private static HttpHeaders headers(String name) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build());
        headers.setContentType(MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM));
        return headers;
    }
}
