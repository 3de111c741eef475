package vn.chibo.organization;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The import page and API over HTTP, with the application's real security configuration. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:import;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class ImportApiTest {

  private static final String PASSWORD = "ChiBo@2026!";
  private static final String ORG_HEADER = "ma,ten,loai,ma_cap_tren\n";

  @Autowired MockMvc mvc;

  @Test
  void administratorImportsThroughTheApiWithBasicAuthAndWithoutCsrfToken() throws Exception {
    mvc.perform(
            multipart("/api/import/organizations")
                .file(csv(ORG_HEADER + "A1,Đảng bộ xã An Tường,Đảng bộ xã/phường/đặc khu,TQ\n"))
                .with(httpBasic("admin", PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.created").value(1))
        .andExpect(jsonPath("$.updated").value(0))
        .andExpect(jsonPath("$.unchanged").value(0))
        .andExpect(jsonPath("$.errors").isEmpty());
  }

  @Test
  void aBadFileGetsAProblemDetailListingEveryError() throws Exception {
    mvc.perform(
            multipart("/api/import/organizations")
                .file(csv(ORG_HEADER + "A2,Chi bộ thôn 2,Chi bộ,KHONGCO\nA3,,Chi bộ,\n"))
                .with(httpBasic("admin", PASSWORD)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Tệp nhập không hợp lệ"))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.detail").value(containsString("không có dữ liệu nào được ghi")))
        .andExpect(jsonPath("$.errors.length()").value(3))
        .andExpect(jsonPath("$.errors[0].row").value(2))
        .andExpect(jsonPath("$.errors[0].column").value("ma_cap_tren"))
        .andExpect(jsonPath("$.errors[0].message").value("Không có tổ chức mã KHONGCO."))
        .andExpect(jsonPath("$.errors[1].row").value(3))
        .andExpect(jsonPath("$.errors[1].column").value("ten"))
        .andExpect(jsonPath("$.errors[2].row").value(3))
        .andExpect(jsonPath("$.errors[2].column").value("ma_cap_tren"));
  }

  @Test
  void anUnknownKindIsABadRequest() throws Exception {
    mvc.perform(
            multipart("/api/import/roles").file(csv(ORG_HEADER)).with(httpBasic("admin", PASSWORD)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].row").value(0));
  }

  @Test
  void anonymousApiClientsGet401() throws Exception {
    mvc.perform(multipart("/api/import/members").file(csv(ORG_HEADER)))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", containsString("Basic")));
    mvc.perform(multipart("/api/import/members").file(csv(ORG_HEADER)).accept(MediaType.TEXT_HTML))
        .andExpect(status().isUnauthorized());
    mvc.perform(
            multipart("/api/import/members")
                .file(csv(ORG_HEADER))
                // Not a real account: a wrong password would lock the admin out for the next tests.
                .with(httpBasic("khongco", "sai-mat-khau")))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void membersWhoAreNotAdministratorsGet403() throws Exception {
    mvc.perform(
            multipart("/api/import/members")
                .file(csv(ORG_HEADER))
                .with(httpBasic("annv", PASSWORD)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/import").with(httpBasic("annv", PASSWORD))).andExpect(status().isForbidden());
  }

  @Test
  void theImportPageItselfIsForAdministratorsOnly() throws Exception {
    mvc.perform(get("/import"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrlPattern("**/login"));
    mvc.perform(get("/import").accept(MediaType.TEXT_HTML))
        .andExpect(status().isFound())
        .andExpect(redirectedUrlPattern("**/login"));
    mvc.perform(get("/import").with(user("annv").roles("USER"))).andExpect(status().isForbidden());
    mvc.perform(get("/import").with(user("admin").roles("ADMIN", "USER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Nhập dữ liệu")))
        .andExpect(content().string(containsString("ma_cap_uy_tham_quyen")));
  }

  @Test
  void thePageShowsTheErrorsAsATable() throws Exception {
    mvc.perform(
            multipart("/import")
                .file(csv(ORG_HEADER + "A4,Chi bộ 4,Chi bộ,A4\n"))
                .param("kind", "organizations")
                .with(user("admin").roles("ADMIN", "USER"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<th>Hàng</th><th>Cột</th><th>Lỗi</th>")))
        .andExpect(content().string(containsString("Tổ chức không thể là cấp trên của chính nó.")));
    mvc.perform(
            multipart("/import")
                .file(csv(ORG_HEADER + "A5,Đảng bộ xã Năm,Đảng bộ xã/phường/đặc khu,TQ\n"))
                .param("kind", "organizations")
                .with(user("admin").roles("ADMIN", "USER"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("1</span> hàng thêm mới")));
  }

  @Test
  void theApiDrivenByABrowserSessionStillNeedsTheCsrfToken() throws Exception {
    mvc.perform(
            multipart("/api/import/organizations")
                .file(csv(ORG_HEADER + "A7,Đảng bộ xã Bảy,Đảng bộ xã/phường/đặc khu,TQ\n"))
                .session(new org.springframework.mock.web.MockHttpSession())
                .with(user("admin").roles("ADMIN", "USER")))
        .andExpect(status().isForbidden());
  }

  @Test
  void thePageStillNeedsTheCsrfToken() throws Exception {
    mvc.perform(
            multipart("/import")
                .file(csv(ORG_HEADER + "A6,Đảng bộ xã Sáu,Đảng bộ xã/phường/đặc khu,TQ\n"))
                .param("kind", "organizations")
                .with(user("admin").roles("ADMIN", "USER")))
        .andExpect(status().isForbidden());
  }

  private static MockMultipartFile csv(String content) {
    return OrganizationImportTest.file("tep.csv", "text/csv", content);
  }
}
