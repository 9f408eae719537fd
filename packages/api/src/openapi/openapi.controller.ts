import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '../auth/decorators';
import { COMMAND_ROUTES, READ_ROUTES } from '../resources';
import { docsPage } from './docs-page';
import { openApiDocument } from './openapi.document';

/** The API document and a browsable page, both public and built once from the route tables. */
@Controller()
export class OpenApiController {
  private readonly document = openApiDocument(COMMAND_ROUTES, READ_ROUTES);
  private readonly page = docsPage(this.document);

  @Public()
  @Get('openapi.json')
  openapi() {
    return this.document;
  }

  @Public()
  @Get('docs')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
  docs() {
    return this.page;
  }
}
