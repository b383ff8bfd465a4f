package jp.advisor.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import jp.advisor.evaluation.Evaluation;
import jp.advisor.evaluation.Evaluator;
import jp.advisor.workbook.SubmissionInput;
import jp.advisor.workbook.WorkbookWriter;
import jp.advisor.workbook.Workbooks;

/**
 * The 様式 over HTTP: the blank template, and a filled-in workbook evaluated — as the evaluation JSON, or with
 * {@code format=xlsx} as the same workbook handed back with a suggestion beside every self-rating and the findings
 * listed. A workbook comes as the body ({@code Content-Type} of .xlsx) or as a browser form's file (part {@code file},
 * a JSON submission too).
 */
@RestController
class WorkbookController {

    static final String EVALUATED = "評価（format=json）、または提案と指摘を書き込んだ同じブック（format=xlsx、添付ファイル） / the"
            + " evaluation (format=json), or the same workbook with the suggestions and findings written in (format=xlsx,"
            + " as an attachment)";

    private final Evaluator evaluator;

    WorkbookController(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    @ApiResponse(responseCode = "200", description = "白紙の様式（添付ファイル） / the blank 様式 (as an attachment)",
            content = @Content(mediaType = Workbooks.XLSX, schema = @Schema(type = "string", format = "binary")))
    @GetMapping(path = "/api/template.xlsx", produces = Workbooks.XLSX)
    ResponseEntity<byte[]> template() {
        return download(WorkbookWriter.template(), Workbooks.TEMPLATE_NAME);
    }

    @ApiResponse(responseCode = "200", description = EVALUATED, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Evaluation.class)),
            @Content(mediaType = Workbooks.XLSX, schema = @Schema(type = "string", format = "binary"))})
    @PostMapping(path = "/api/evaluations", consumes = Workbooks.XLSX,
            produces = {MediaType.APPLICATION_JSON_VALUE, Workbooks.XLSX})
    ResponseEntity<?> evaluateWorkbook(@RequestBody(required = false) byte[] body,
                                       @RequestParam(defaultValue = "workbook.xlsx") String name,
                                       @RequestParam(defaultValue = "json") String format) {
        // No body is an empty file, refused as the form's empty file is, not as a malformed request.
        return answer(body == null ? new byte[0] : body, Workbooks.sourceName(name), format);
    }

    @ApiResponse(responseCode = "200", description = EVALUATED, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Evaluation.class)),
            @Content(mediaType = Workbooks.XLSX, schema = @Schema(type = "string", format = "binary"))})
    @PostMapping(path = "/api/evaluations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, Workbooks.XLSX})
    ResponseEntity<?> evaluateUpload(@RequestPart("file") MultipartFile file,
                                     @RequestParam(defaultValue = "json") String format) throws IOException {
        return answer(file.getBytes(), Workbooks.sourceName(file.getOriginalFilename()), format);
    }

    private ResponseEntity<?> answer(byte[] bytes, String source, String format) {
        return switch (format) {
            case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(evaluator.evaluate(SubmissionInput.read(bytes, source)));
            case "xlsx" -> download(SubmissionInput.annotate(bytes, source, evaluator::evaluate).workbook(),
                    Workbooks.annotatedName(source));
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format は json か xlsx です（" + format
                    + "） / format is json or xlsx, not " + format);
        };
    }

    private static ResponseEntity<byte[]> download(byte[] workbook, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Workbooks.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(workbook);
    }
}
