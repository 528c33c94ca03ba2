import { type Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type as TransformType } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_PAGE_OFFSET } from './limits';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** `?limit=&offset=` on every list endpoint. */
export class PageQueryDto {
  @ApiPropertyOptional({ description: `Page size, 1 to ${MAX_PAGE_SIZE}.`, default: DEFAULT_PAGE_SIZE, minimum: 1, maximum: MAX_PAGE_SIZE, example: 20 })
  @IsOptional()
  @TransformType(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: `Number of items to skip, 0 to ${MAX_PAGE_OFFSET}.`, default: 0, minimum: 0, maximum: MAX_PAGE_OFFSET, example: 0 })
  @IsOptional()
  @TransformType(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_OFFSET)
  offset?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export function pageWindow(query: PageQueryDto): { limit: number; offset: number } {
  return { limit: query.limit ?? DEFAULT_PAGE_SIZE, offset: query.offset ?? 0 };
}

/** A named page class per item type, so the OpenAPI document and the SDK get precise types. */
export function PageOf<T>(item: Type<T>, name: string): Type<Page<T>> {
  class PageDto {
    @ApiProperty({ description: 'Items of this page.', type: [item] })
    items!: T[];

    @ApiProperty({ description: 'Number of items across all pages.', example: 42 })
    total!: number;

    @ApiProperty({ description: 'Page size used.', example: DEFAULT_PAGE_SIZE })
    limit!: number;

    @ApiProperty({ description: 'Items skipped before this page.', example: 0 })
    offset!: number;
  }
  Object.defineProperty(PageDto, 'name', { value: name });
  return PageDto;
}
