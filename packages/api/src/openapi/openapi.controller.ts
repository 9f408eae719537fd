import { Controller, Get } from '@nestjs/common';
import { Public } from '../auth/decorators';
import { casebookDocument } from './casebook-document';

/** The API document, public and built once from the route tables. Its browser is at /docs (docs.plugin.ts). */
@Controller()
export class OpenApiController {
  private readonly document = casebookDocument();

  @Public()
  @Get('openapi.json')
  openapi() {
    return this.document;
  }
}
